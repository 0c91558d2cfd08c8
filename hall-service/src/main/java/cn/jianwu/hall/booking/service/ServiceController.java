package cn.jianwu.hall.booking.service;

import java.util.List;
import java.util.UUID;

import cn.jianwu.hall.api.booking.BookableService;
import cn.jianwu.hall.api.booking.BookableServiceRequest;
import cn.jianwu.hall.booking.BookingProblem;
import cn.jianwu.platform.security.StaffIdentity;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bookable services: the public reads the active ones ({@code /api/hall/services}),
 * staff read all and define them ({@code /api/hall/staff/services}, see
 * {@link ServiceRules}).
 */
@RestController
class ServiceController {

	private final ServiceRepository services;

	private final ServiceDefinitions definitions;

	ServiceController(ServiceRepository services, ServiceDefinitions definitions) {
		this.services = services;
		this.definitions = definitions;
	}

	@GetMapping("/api/hall/services")
	List<BookableService> active() {
		return this.services.active();
	}

	@GetMapping("/api/hall/services/{id}")
	BookableService one(@PathVariable UUID id) {
		return this.services.find(id).filter(BookableService::active).orElseThrow(BookingProblem::serviceNotFound);
	}

	@GetMapping("/api/hall/staff/services")
	List<BookableService> all() {
		return this.services.all();
	}

	@GetMapping("/api/hall/staff/services/{id}")
	BookableService staffOne(@PathVariable UUID id) {
		return this.services.find(id).orElseThrow(BookingProblem::serviceNotFound);
	}

	@PostMapping("/api/hall/staff/services")
	@ResponseStatus(HttpStatus.CREATED)
	BookableService define(@Valid @RequestBody BookableServiceRequest request) {
		return this.definitions.define(request, StaffIdentity.require());
	}

	@PutMapping("/api/hall/staff/services/{id}")
	BookableService change(@PathVariable UUID id, @Valid @RequestBody BookableServiceRequest request) {
		return this.definitions.change(id, request, StaffIdentity.require());
	}

}
