/**
 * Case-management's figures (案件信息公开通报): the period they cover and what they count.
 */
package cn.jianwu.reports.api.figures;
