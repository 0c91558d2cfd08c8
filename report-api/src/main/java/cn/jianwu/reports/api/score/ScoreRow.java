package cn.jianwu.reports.api.score;

/**
 * One department's year in the performance review (业务考核): its disclosure duties and the
 * quality of what it published.
 *
 * @param dutiesDue duties whose due day fell in the year
 * @param onTime met by their due day
 * @param late met after it
 * @param overdue not met and past due (as of today)
 * @param onTimeRate on time ÷ due (0–1), {@code null} when nothing was due
 * @param itemsPublished items first published in the year
 * @param corrections later revisions published in the year (更正)
 * @param withdrawals revisions withdrawn in the year
 * @param rejections drafts sent back by an approver (退回)
 * @param redactionRefusals submissions or approvals refused because an unredacted
 * identifier remained
 */
public record ScoreRow(String department, int dutiesDue, int onTime, int late, int overdue, Double onTimeRate,
		int itemsPublished, int corrections, int withdrawals, int rejections, int redactionRefusals) {

}
