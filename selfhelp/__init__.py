"""Guided self-help courses: a catalogue of partner courses, lessons with exercises, enrolment and coaching."""
