package cn.jianwu.hall.api.agenda;

import java.time.LocalDateTime;

/**
 * One line of the agenda.
 *
 * @param start when, local time
 * @param end until when
 * @param title the service's or activity's name (“律师阅卷”, “检察开放日”)
 * @param kindLabel what it is, in Chinese
 * @param place where
 */
public record AgendaLine(LocalDateTime start, LocalDateTime end, String title, String kindLabel, String place) {

}
