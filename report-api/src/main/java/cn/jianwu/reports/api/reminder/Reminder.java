package cn.jianwu.reports.api.reminder;

import java.time.LocalDate;

/**
 * A console notice for a member of staff (一条待办提醒).
 *
 * @param kind what it is about, e.g. OBLIGATION or ANNUAL_REPORT
 * @param title what staff read (Chinese)
 * @param dueDate by when, if anything is due
 * @param severity how urgent
 * @param link where in the console to act on it
 */
public record Reminder(String kind, String title, LocalDate dueDate, Severity severity, String link) {

}
