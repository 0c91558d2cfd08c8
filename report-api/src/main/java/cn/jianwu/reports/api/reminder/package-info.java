/** Console notices report-service gives staff. */
package cn.jianwu.reports.api.reminder;
