package cn.jianwu.hall.calendar;

import java.time.LocalDate;

/**
 * A message's two days.
 *
 * @param acknowledgeBy the last day for the procedural answer
 * @param answerBy the last day for the answer
 */
public record Deadlines(LocalDate acknowledgeBy, LocalDate answerBy) {

}
