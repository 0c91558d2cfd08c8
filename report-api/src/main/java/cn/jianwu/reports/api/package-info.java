/**
 * report-service's HTTP contract: the obligations register ({@code obligation}), the
 * quarterly archive volumes ({@code archive}), the half-yearly inspection report
 * ({@code inspection}), the annual report ({@code annual}), case-management's figures
 * ({@code figures}) and the departments' score sheets ({@code score}). Spring-free
 * records and enums with their Chinese labels.
 */
package cn.jianwu.reports.api;
