/**
 * The hall's public agenda of a day, for the hall screens and the kiosk: never a name.
 */
package cn.jianwu.hall.api.agenda;
