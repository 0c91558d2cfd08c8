/** The per-department score sheet (考核) of report-service. */
package cn.jianwu.reports.api.score;
