package cn.jianwu.hall.api.booking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import cn.jianwu.events.text.SingleLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Staff define or change a bookable service ({@code POST /api/hall/staff/services},
 * {@code PUT /api/hall/staff/services/{id}}; {@code HALL_OFFICER} or {@code ADMIN}).
 * Slots are cut from the opening hours on the working days of the hall's calendar, in the
 * institution's zone.
 *
 * @param kind what it is
 * @param name what the public reads (“控告申诉来访接待”)
 * @param department the receiving department
 * @param leader the named leader, for {@code CHIEF_RECEPTION}
 * @param place where in the hall (“检察服务大厅2号接待室”)
 * @param opensAt first slot of a day
 * @param closesAt end of the last slot of a day
 * @param slotMinutes length of a slot
 * @param capacity places per slot
 * @param bookingDaysAhead how many days ahead one may book
 * @param bookingClosesHoursBefore booking closes this many hours before a slot starts
 * @param dates when not empty, the only days it is offered (a chief's reception days);
 * otherwise every working day
 * @param blackoutDates working days it is not offered
 * @param notes what to bring, shown to the public
 * @param active whether the public may book it
 */
public record BookableServiceRequest(@NotNull(message = "请选择服务类型") ServiceKind kind,
		@NotBlank(message = "请填写服务名称") @Size(max = 50, message = "服务名称不能超过50个字") @SingleLine String name,
		@NotBlank(message = "请填写接待部门") @Size(max = 50, message = "部门名称不能超过50个字") @SingleLine String department,
		@Size(max = 50, message = "接待领导姓名不能超过50个字") @SingleLine String leader,
		@NotBlank(message = "请填写接待地点") @Size(max = 100, message = "接待地点不能超过100个字") @SingleLine String place,
		@NotNull(message = "请填写开始接待时间") LocalTime opensAt, @NotNull(message = "请填写结束接待时间") LocalTime closesAt,
		@Min(value = 10, message = "每个时段至少10分钟") @Max(value = 240, message = "每个时段最多240分钟") int slotMinutes,
		@Min(value = 1, message = "每个时段至少1个名额") @Max(value = 200, message = "每个时段最多200个名额") int capacity,
		@Min(value = 1, message = "可预约天数至少为1天") @Max(value = 90, message = "可预约天数最多为90天") int bookingDaysAhead,
		@Min(value = 0, message = "截止预约时间不能为负") @Max(value = 168,
				message = "截止预约时间最多为开始前168小时") int bookingClosesHoursBefore,
		@Size(max = 366, message = "接待日期过多") List<@NotNull LocalDate> dates,
		@Size(max = 366, message = "停止接待日期过多") List<@NotNull LocalDate> blackoutDates,
		@Size(max = 1000, message = "预约须知不能超过1000个字") String notes, boolean active) {

	public BookableServiceRequest {
		dates = (dates != null) ? List.copyOf(dates) : List.of();
		blackoutDates = (blackoutDates != null) ? List.copyOf(blackoutDates) : List.of();
	}

}
