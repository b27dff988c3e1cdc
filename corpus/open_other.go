//go:build !unix

package corpus

const openNonblock = 0
