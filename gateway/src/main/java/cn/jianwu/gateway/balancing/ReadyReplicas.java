package cn.jianwu.gateway.balancing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;

/**
 * The replicas of one service that answer their readiness probe; all of them while none
 * does (a request that fails then gets the circuit breaker's answer, which is better than
 * no route at all). Readiness is asked in the background, never on a request's path.
 */
class ReadyReplicas implements ServiceInstanceListSupplier, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ReadyReplicas.class);

	private final String serviceId;

	private final List<ServiceInstance> all;

	private final AtomicReference<List<ServiceInstance>> ready;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	private final Disposable checks;

	ReadyReplicas(String serviceId, List<String> urls, Duration interval) {
		this.serviceId = serviceId;
		this.all = urls.stream()
			.map(String::trim)
			.filter((url) -> !url.isEmpty())
			.map((url) -> instance(serviceId, url))
			.toList();
		this.ready = new AtomicReference<>(this.all);
		this.checks = (this.all.size() > 1)
				? Flux.interval(Duration.ZERO, interval, Schedulers.boundedElastic()).subscribe((tick) -> check())
				: null;
	}

	@Override
	public String getServiceId() {
		return this.serviceId;
	}

	@Override
	public Flux<List<ServiceInstance>> get() {
		return Flux.just(this.ready.get());
	}

	List<ServiceInstance> ready() {
		return this.ready.get();
	}

	private void check() {
		List<CompletableFuture<Boolean>> answers = this.all.stream().map(this::isReady).toList();
		List<ServiceInstance> up = new ArrayList<>();
		for (int i = 0; i < this.all.size(); i++) {
			if (answers.get(i).join()) {
				up.add(this.all.get(i));
			}
		}
		List<ServiceInstance> chosen = up.isEmpty() ? this.all : up;
		List<ServiceInstance> before = this.ready.getAndSet(chosen);
		if (!before.equals(chosen)) {
			log.info("{}: {} of {} replicas ready", this.serviceId, up.size(), this.all.size());
		}
	}

	private CompletableFuture<Boolean> isReady(ServiceInstance instance) {
		HttpRequest request = HttpRequest.newBuilder(instance.getUri().resolve("/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(2))
			.build();
		return this.http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
			.thenApply((response) -> response.statusCode() == 200)
			.exceptionally((ex) -> false);
	}

	private static ServiceInstance instance(String serviceId, String url) {
		URI uri = URI.create(url);
		return new DefaultServiceInstance(serviceId + "@" + uri.getAuthority(), serviceId, uri.getHost(), uri.getPort(),
				"https".equals(uri.getScheme()));
	}

	@Override
	public void close() {
		if (this.checks != null) {
			this.checks.dispose();
		}
	}

}
