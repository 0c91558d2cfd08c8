package cn.jianwu.hall.api.publication;

/**
 * The figures the inspection rules want public for a period.
 *
 * @param received messages received
 * @param answered of those, answered (merged and referred messages count as answered)
 * @param answeredWithinLimit of those, answered by their {@code answerBy} day
 * @param averageWorkingDays working days from receipt to answer, on average over the
 * answered ones (0 when none)
 */
public record Figures(long received, long answered, long answeredWithinLimit, double averageWorkingDays) {

}
