package org.examdesk.admin.learners.bookings;

/** An amendment of a booking: any of a new date, time (UK time), onscreen mode or extra time; null keeps it. */
record BookingChange(String date, String time, String mode, Integer extraTimePercent) {}
