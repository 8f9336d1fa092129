"""Internals of the timetable core; import the public API from jobsfez.drives.timetable."""
