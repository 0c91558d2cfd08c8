/**
 * Activities (检察开放日, 听证会, 代表委员视察, 座谈会): staff schedule one, its announcement becomes a
 * disclosure item that goes through the approval chain, the public (or the invitees) sign
 * up once it is public, staff check attendees in, export the attendance, report on it
 * (another item) and enter the opinions given there as suggestions of the hall.
 */
package cn.jianwu.hall.activity;
