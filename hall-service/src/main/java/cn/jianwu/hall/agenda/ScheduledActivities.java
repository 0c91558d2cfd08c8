package cn.jianwu.hall.agenda;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.jianwu.hall.api.agenda.AgendaLine;

/**
 * The activities the agenda shows beside the day's receptions: only announced ones (whose
 * announcement item is public), never who signed up. Implemented by the activity package.
 */
public interface ScheduledActivities {

	/** The announced activities taking place on the day, in time order. */
	List<AgendaLine> on(LocalDate day);

	/** The next announced open day (检察开放日) starting on or after the day. */
	Optional<AgendaLine> nextOpenDay(LocalDate from);

}
