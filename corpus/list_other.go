//go:build !linux

package corpus

import "path"

// listOne lists the directory dir of d: its article files with their
// stamps, and its subdirectories to list next.
func (d *Dir) listOne(dir string) (files []File, subdirs []string, err error) {
	entries, err := d.ReadDir(dir)
	if err != nil {
		return nil, nil, err
	}
	files = make([]File, 0, len(entries))
	for _, e := range entries {
		p := path.Join(dir, e.Name())
		skip, isDir := leftOut(p, e)
		switch {
		case skip:
		case isDir:
			subdirs = append(subdirs, p)
		default:
			files = append(files, stamped(d, p, e))
		}
	}
	return files, subdirs, nil
}
