/** The working-day calendar the answer clock counts on. */
package cn.jianwu.hall.api.calendar;
