/** What the staff handling messages see and do ({@code /api/hall/staff/messages/**}). */
package cn.jianwu.hall.api.handling;
