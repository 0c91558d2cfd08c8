package cn.jianwu.hall.booking.service;

import java.util.UUID;

import cn.jianwu.hall.api.booking.BookableService;
import cn.jianwu.hall.api.booking.BookableServiceRequest;
import cn.jianwu.hall.api.booking.ServiceKind;
import cn.jianwu.hall.audit.HandlingAudit;
import cn.jianwu.hall.booking.BookingClock;
import cn.jianwu.hall.booking.BookingProblem;
import cn.jianwu.platform.security.StaffIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff define and change bookable services; every change is audited. A changed capacity
 * reaches the slots already booked too, never below the places they hold.
 */
@Service
public class ServiceDefinitions {

	private static final Logger log = LoggerFactory.getLogger(ServiceDefinitions.class);

	private final ServiceRepository services;

	private final JdbcClient jdbc;

	private final HandlingAudit audit;

	private final BookingClock clock;

	ServiceDefinitions(ServiceRepository services, JdbcClient jdbc, HandlingAudit audit, BookingClock clock) {
		this.services = services;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public BookableService define(BookableServiceRequest request, StaffIdentity staff) {
		check(request);
		UUID id = UUID.randomUUID();
		this.services.insert(id, request);
		this.audit.append(id, "SERVICE_DEFINED", staff.username(), staff.name(), null, state(request), null,
				this.clock.instant());
		log.info("Bookable service {} defined ({})", id, request.kind());
		return this.services.find(id).orElseThrow();
	}

	@Transactional
	BookableService change(UUID id, BookableServiceRequest request, StaffIdentity staff) {
		check(request);
		BookableService before = this.services.find(id).orElseThrow(BookingProblem::serviceNotFound);
		this.services.update(id, request);
		this.jdbc.sql("""
				UPDATE service_slot SET capacity = GREATEST(:capacity, taken)
				WHERE service_id = :id AND slot_start >= CAST(:today AS DATE)
				""").param("capacity", request.capacity()).param("id", id).param("today", this.clock.today()).update();
		this.audit.append(id, "SERVICE_CHANGED", staff.username(), staff.name(),
				before.active() ? "ACTIVE" : "INACTIVE", state(request), null, this.clock.instant());
		log.info("Bookable service {} changed", id);
		return this.services.find(id).orElseThrow();
	}

	/** What Bean Validation cannot say of one field alone. */
	static void check(BookableServiceRequest request) {
		if (!request.closesAt().isAfter(request.opensAt())) {
			throw BookingProblem.invalid("结束接待时间应晚于开始接待时间");
		}
		if (request.opensAt().plusMinutes(request.slotMinutes()).isAfter(request.closesAt())
				|| request.opensAt().plusMinutes(request.slotMinutes()).isBefore(request.opensAt())) {
			throw BookingProblem.invalid("接待时间内至少应有一个完整时段");
		}
		if (request.kind() == ServiceKind.CHIEF_RECEPTION && (request.leader() == null || request.leader().isBlank())) {
			throw BookingProblem.invalid("检察长接待日须填写接待领导");
		}
	}

	private static String state(BookableServiceRequest request) {
		return request.active() ? "ACTIVE" : "INACTIVE";
	}

}
