"""Placement drives run by career centres; timetable.py is the pure timetable core of the drive day."""
