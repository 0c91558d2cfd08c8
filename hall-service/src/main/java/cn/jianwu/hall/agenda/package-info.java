/**
 * The hall's public agenda of a day (今日接待安排): the booked reception slots and the day's
 * activities, for the hall screens and the kiosk; never a name.
 */
package cn.jianwu.hall.agenda;
