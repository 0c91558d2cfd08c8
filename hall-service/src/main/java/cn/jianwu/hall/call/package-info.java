/**
 * Open calls for opinions (征集): staff open one, its announcement becomes a disclosure
 * item that goes through the approval chain to every channel, the public responds with
 * {@code CALL_RESPONSE} messages, a sweep closes it when its time is up, and staff
 * publish its results as another item.
 */
package cn.jianwu.hall.call;
