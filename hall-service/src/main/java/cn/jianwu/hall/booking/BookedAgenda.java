package cn.jianwu.hall.booking;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import cn.jianwu.hall.api.agenda.AgendaLine;
import cn.jianwu.hall.api.booking.ServiceKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The day's reception slots that at least one booking holds a place in (confirmed,
 * pending, checked in or missed), as agenda lines: times, service, kind and place — never
 * who, never how many.
 */
@Component
public class BookedAgenda {

	private final JdbcClient jdbc;

	BookedAgenda(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<AgendaLine> on(LocalDate day) {
		return this.jdbc.sql("""
				SELECT s.slot_start, s.slot_end, b.name, b.kind, b.place FROM service_slot s
				JOIN bookable_service b ON b.id = s.service_id
				WHERE s.slot_start >= :from AND s.slot_start < :until AND s.taken > 0 AND NOT s.cancelled
				ORDER BY s.slot_start, b.name
				""")
			.param("from", Timestamp.valueOf(day.atStartOfDay()))
			.param("until", Timestamp.valueOf(day.plusDays(1).atStartOfDay()))
			.query((rs, row) -> new AgendaLine(rs.getTimestamp("slot_start").toLocalDateTime(),
					rs.getTimestamp("slot_end").toLocalDateTime(), rs.getString("name"),
					ServiceKind.valueOf(rs.getString("kind")).label(), rs.getString("place")))
			.list();
	}

}
