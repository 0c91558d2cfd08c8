package cn.jianwu.hall.api.booking;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A service's slots between two days, both included.
 *
 * @param serviceId the service
 * @param from the first day
 * @param to the last day
 * @param slots in time order
 */
public record ServiceSlots(UUID serviceId, LocalDate from, LocalDate to, List<Slot> slots) {

	public ServiceSlots {
		slots = List.copyOf(slots);
	}

}
