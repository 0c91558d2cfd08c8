/**
 * The public query (web, kiosk, hotline, WeChat): its request, its answer, its one
 * failure answer with the lock-out it states, and the channel adapters' credential calls.
 */
package cn.jianwu.casequery.api.query;
