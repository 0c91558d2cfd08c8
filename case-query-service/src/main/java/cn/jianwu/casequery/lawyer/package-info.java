/**
 * Whether a lawyer acts in a case ({@code POST /internal/lawyers/check}), asked by
 * hall-service before it confirms a lawyer's booking.
 */
package cn.jianwu.casequery.lawyer;
