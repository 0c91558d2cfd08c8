/**
 * Appointments (预约): the bookable services staff define (reception visits, the chief's
 * reception day, lawyers' reception and file reading), their slots, and what the public
 * books, looks up, cancels and checks in with.
 */
package cn.jianwu.hall.api.booking;
