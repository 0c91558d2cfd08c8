/**
 * The case-management desk's lookup by case number for a visitor checked in person
 * (案管窗口查询).
 */
package cn.jianwu.casequery.api.desk;
