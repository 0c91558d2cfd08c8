/** Open calls for opinions (征集): announcement, responses, results. */
package cn.jianwu.hall.api.call;
