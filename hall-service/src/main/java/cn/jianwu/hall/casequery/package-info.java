/**
 * case-query-service as the hall calls it: whether a lawyer acts in a case.
 */
package cn.jianwu.hall.casequery;
