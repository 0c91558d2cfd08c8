/**
 * Whether a lawyer acts in a case ({@code POST /internal/lawyers/check}), for
 * hall-service's lawyers' bookings; internal, never routed by the gateway.
 */
package cn.jianwu.casequery.api.lawyer;
