package cn.jianwu.gateway.balancing;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where case-query-service runs. Behind Kubernetes or Compose one address (the Service,
 * the DNS name) stands for all replicas; the local run names each replica.
 *
 * @param urls the replicas' base URLs ({@code CASE_QUERY_URLS}, comma-separated, or the
 * one {@code CASE_QUERY_URL})
 * @param healthInterval how often each replica's readiness is asked; a replica that is
 * not ready gets no requests until it is again
 */
@ConfigurationProperties("jianwu.gateway.case-query")
public record CaseQueryReplicasProperties(@DefaultValue("http://127.0.0.1:8082") List<String> urls,
		@DefaultValue("5s") Duration healthInterval) {
}
