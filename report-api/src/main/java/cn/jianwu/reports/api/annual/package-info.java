/**
 * The annual report on disclosure work (年度报告, seed §五(三)): the national format's sections
 * with this year's figures, edited by the office and published as a disclosure item
 * before 31 December.
 */
package cn.jianwu.reports.api.annual;
