package cn.jianwu.hall.booking;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.jianwu.hall.HallIntegrationTest;
import cn.jianwu.hall.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Capacity holds under a rush: 50 people book the only 3 places of a slot at the same
 * moment, over HTTP, each from their own address.
 */
class BookingRaceIT extends HallIntegrationTest {

	private static final int PEOPLE = 50;

	private static final int CAPACITY = 3;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	BookingClock clock;

	@Test
	void fiftyAtOnceForThreePlacesExactlyThreeHoldAPlaceTheOthersAreToldItIsFull() throws Exception {
		BookingApi api = new BookingApi(this.port);
		UUID service = api.defineService("VISIT", "来访接待（并发）", CAPACITY, 60);
		LocalDateTime slot = BookingApi.aheadWorkingDay(this.calendar, this.clock.today(), 4).atTime(10, 0);

		List<BookingApi.Response> answers = rush(api, service, slot, false);

		Map<Integer, Long> byStatus = count(answers);
		System.out.printf("Booking race: %d parallel bookings for %d places -> %s (status: count)%n", PEOPLE, CAPACITY,
				byStatus);
		assertThat(byStatus).containsEntry(201, (long) CAPACITY).containsEntry(409, (long) (PEOPLE - CAPACITY));
		assertThat(answers).filteredOn((answer) -> answer.status() == 409)
			.allSatisfy((answer) -> assertThat(answer.<String>read("$.title")).isEqualTo("该时段已约满"));
		assertThat(answers).filteredOn((answer) -> answer.status() == 201)
			.allSatisfy((answer) -> assertThat(answer.<String>read("$.state")).isEqualTo("CONFIRMED"));
		assertThat(taken(service, slot)).isEqualTo(CAPACITY);
		assertThat(this.jdbc.queryForObject("select count(*) from appointment where service_id = ?", Integer.class,
				service))
			.isEqualTo(CAPACITY);
	}

	@Test
	void fiftyAtOnceJoiningTheWaitlistThreeHoldAPlaceAndFortySevenWaitInDistinctPlaces() throws Exception {
		BookingApi api = new BookingApi(this.port);
		UUID service = api.defineService("VISIT", "来访接待（候补并发）", CAPACITY, 60);
		LocalDateTime slot = BookingApi.aheadWorkingDay(this.calendar, this.clock.today(), 4).atTime(11, 0);

		List<BookingApi.Response> answers = rush(api, service, slot, true);

		Map<String, Long> byState = new TreeMap<>();
		List<Integer> positions = new ArrayList<>();
		for (BookingApi.Response answer : answers) {
			assertThat(answer.status()).as(answer.body()).isEqualTo(201);
			byState.merge(answer.read("$.state"), 1L, Long::sum);
			if ("WAITLISTED".equals(answer.read("$.state"))) {
				positions.add(answer.read("$.waitlistPosition"));
			}
		}
		System.out.printf("Booking race with the waitlist: %d parallel bookings for %d places -> %s%n", PEOPLE,
				CAPACITY, byState);
		assertThat(byState).containsEntry("CONFIRMED", (long) CAPACITY)
			.containsEntry("WAITLISTED", (long) (PEOPLE - CAPACITY));
		assertThat(positions).hasSize(PEOPLE - CAPACITY)
			.doesNotHaveDuplicates()
			.allSatisfy((position) -> assertThat(position).isBetween(1, PEOPLE - CAPACITY));
		assertThat(taken(service, slot)).isEqualTo(CAPACITY);
	}

	private static List<BookingApi.Response> rush(BookingApi api, UUID service, LocalDateTime slot,
			boolean joinWaitlist) throws Exception {
		CountDownLatch go = new CountDownLatch(1);
		List<Future<BookingApi.Response>> futures = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(PEOPLE);
		try {
			for (int i = 0; i < PEOPLE; i++) {
				String phone = BookingApi.phone();
				futures.add(pool.submit(() -> {
					go.await();
					return api.book(service, slot, phone, "1234", joinWaitlist);
				}));
			}
			go.countDown();
			List<BookingApi.Response> answers = new ArrayList<>();
			for (Future<BookingApi.Response> future : futures) {
				answers.add(future.get());
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static Map<Integer, Long> count(List<BookingApi.Response> answers) {
		Map<Integer, Long> byStatus = new TreeMap<>();
		answers.forEach((answer) -> byStatus.merge(answer.status(), 1L, Long::sum));
		return byStatus;
	}

	private int taken(UUID service, LocalDateTime slot) {
		return this.jdbc.queryForObject("select taken from service_slot where service_id = ? and slot_start = ?",
				Integer.class, service, Timestamp.valueOf(slot));
	}

}
