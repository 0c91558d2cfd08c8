/**
 * Alerts for case management ({@code CASE_MANAGER}, {@code SUPERVISOR}): query codes that
 * were locked again and again, a sign that someone is guessing at a credential they hold
 * a slip of.
 */
package cn.jianwu.casequery.api.alert;
