/**
 * case-query-service's HTTP contract, Spring-free: what the portal, channel-wechat, the
 * hotline's IVR and the system tests send and read. The public query is in {@code query},
 * the case-management desk's case files in {@code casefile}, its lookup for a visitor in
 * {@code desk}; {@link cn.jianwu.casequery.api.CaseQueryExamples} holds one example JSON
 * per main payload, read by the service's tests and by its callers'. Every record ignores
 * members it does not know, so that the service may add some.
 */
package cn.jianwu.casequery.api;
