package cn.jianwu.portal.console.hall;

/**
 * What waits for a member in the online service hall, on the console's start page.
 *
 * @param toTriage messages nobody has assigned yet (待分办)
 * @param dueSoon messages whose time limit is near (即将到期)
 * @param overdue messages past their time limit (已超期)
 */
public record HallCounts(long toTriage, long dueSoon, long overdue) {
}
