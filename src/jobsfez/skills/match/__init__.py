"""Internals of the matching core; import the public API from jobsfez.skills.matching."""
