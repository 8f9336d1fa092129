"""What drives, centres, employers and the zone achieved: aggregate counts, never a person."""
