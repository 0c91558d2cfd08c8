/** What the public submits and looks up. */
package cn.jianwu.hall.api.message;
