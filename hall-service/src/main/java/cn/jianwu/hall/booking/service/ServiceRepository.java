package cn.jianwu.hall.booking.service;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.jianwu.hall.api.booking.BookableService;
import cn.jianwu.hall.api.booking.BookableServiceRequest;
import cn.jianwu.hall.api.booking.ServiceKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The bookable services ({@code bookable_service}). */
@Repository
public class ServiceRepository {

	private final JdbcClient jdbc;

	ServiceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<BookableService> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM bookable_service WHERE id = :id")
			.param("id", id)
			.query(ServiceRepository::map)
			.optional();
	}

	/** Every service, the active ones first, then by kind and name. */
	public List<BookableService> all() {
		return this.jdbc.sql("SELECT * FROM bookable_service ORDER BY active DESC, kind, name, id")
			.query(ServiceRepository::map)
			.list();
	}

	public List<BookableService> active() {
		return this.jdbc.sql("SELECT * FROM bookable_service WHERE active ORDER BY kind, name, id")
			.query(ServiceRepository::map)
			.list();
	}

	void insert(UUID id, BookableServiceRequest request) {
		this.jdbc
			.sql("""
					INSERT INTO bookable_service (id, kind, name, department, leader, place, opens_at, closes_at, slot_minutes,
					    capacity, booking_days_ahead, booking_closes_hours_before, dates, blackout_dates, notes, active)
					VALUES (:id, :kind, :name, :department, :leader, :place, :opensAt, :closesAt, :slotMinutes, :capacity,
					    :daysAhead, :closesHours, CAST(:dates AS DATE[]), CAST(:blackouts AS DATE[]), :notes, :active)
					""")
			.param("id", id)
			.params(params(request))
			.update();
	}

	boolean update(UUID id, BookableServiceRequest request) {
		return this.jdbc.sql("""
				UPDATE bookable_service SET kind = :kind, name = :name, department = :department, leader = :leader,
				    place = :place, opens_at = :opensAt, closes_at = :closesAt, slot_minutes = :slotMinutes,
				    capacity = :capacity, booking_days_ahead = :daysAhead, booking_closes_hours_before = :closesHours,
				    dates = CAST(:dates AS DATE[]), blackout_dates = CAST(:blackouts AS DATE[]), notes = :notes,
				    active = :active, updated_at = now()
				WHERE id = :id
				""").param("id", id).params(params(request)).update() == 1;
	}

	private static java.util.Map<String, Object> params(BookableServiceRequest request) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("kind", request.kind().name());
		params.put("name", request.name().strip());
		params.put("department", request.department().strip());
		params.put("leader", blankToNull(request.leader()));
		params.put("place", request.place().strip());
		params.put("opensAt", request.opensAt());
		params.put("closesAt", request.closesAt());
		params.put("slotMinutes", request.slotMinutes());
		params.put("capacity", request.capacity());
		params.put("daysAhead", request.bookingDaysAhead());
		params.put("closesHours", request.bookingClosesHoursBefore());
		params.put("dates", array(request.dates()));
		params.put("blackouts", array(request.blackoutDates()));
		params.put("notes", blankToNull(request.notes()));
		params.put("active", request.active());
		return params;
	}

	private static String array(List<LocalDate> days) {
		return days.stream().distinct().sorted().map(LocalDate::toString).collect(Collectors.joining(",", "{", "}"));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	static BookableService map(ResultSet rs, int row) throws SQLException {
		ServiceKind kind = ServiceKind.valueOf(rs.getString("kind"));
		return new BookableService(rs.getObject("id", UUID.class), kind, kind.label(), rs.getString("name"),
				rs.getString("department"), rs.getString("leader"), rs.getString("place"),
				rs.getTime("opens_at").toLocalTime(), rs.getTime("closes_at").toLocalTime(), rs.getInt("slot_minutes"),
				rs.getInt("capacity"), rs.getInt("booking_days_ahead"), rs.getInt("booking_closes_hours_before"),
				days(rs.getArray("dates")), days(rs.getArray("blackout_dates")), rs.getString("notes"),
				rs.getBoolean("active"), kind.forLawyers());
	}

	private static List<LocalDate> days(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((Date[]) array.getArray()).map(Date::toLocalDate).sorted().toList();
	}

}
