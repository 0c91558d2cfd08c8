package cn.jianwu.hall.booking;

import cn.jianwu.platform.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** What a booking request cannot do, as Problem Details in Chinese. */
public final class BookingProblem extends ErrorResponseException {

	private BookingProblem(HttpStatus status, String type, String title, String detail) {
		super(status, Problems.of(status, type, title, detail), null);
	}

	public static BookingProblem invalid(String detail) {
		return new BookingProblem(HttpStatus.BAD_REQUEST, "validation", "请求内容有误", detail);
	}

	public static BookingProblem serviceNotFound() {
		return new BookingProblem(HttpStatus.NOT_FOUND, "hall-service-not-found", "未找到该预约服务", "该预约服务不存在或已停止预约。");
	}

	public static BookingProblem appointmentNotFound() {
		return new BookingProblem(HttpStatus.NOT_FOUND, "hall-appointment-not-found", "未找到该预约", "没有这个预约。");
	}

	public static BookingProblem slotFull() {
		return new BookingProblem(HttpStatus.CONFLICT, "hall-slot-full", "该时段已约满", "该时段已约满，请选择其他时段，或选择加入候补。");
	}

	public static BookingProblem alreadyBooked() {
		return new BookingProblem(HttpStatus.CONFLICT, "hall-already-booked", "您在当天已预约该服务",
				"同一人每天只能预约同一服务一次；如需更改时段，请先取消原预约。");
	}

	public static BookingProblem slotCancelled() {
		return new BookingProblem(HttpStatus.CONFLICT, "hall-slot-cancelled", "该时段已取消接待", "该时段已取消接待，请选择其他时段。");
	}

	public static BookingProblem conflict(String title, String detail) {
		return new BookingProblem(HttpStatus.CONFLICT, "hall-appointment-conflict", title, detail);
	}

	public static BookingProblem busy() {
		return new BookingProblem(HttpStatus.SERVICE_UNAVAILABLE, "hall-booking-busy", "预约人数较多", "当前预约人数较多，请稍后再试。");
	}

}
