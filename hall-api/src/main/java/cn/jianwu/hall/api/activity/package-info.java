/**
 * Activities (检察开放日, 听证会, 代表委员视察, 座谈会 …): what staff schedule, announce and report on,
 * and the public's or invitees' sign-up.
 */
package cn.jianwu.hall.api.activity;
