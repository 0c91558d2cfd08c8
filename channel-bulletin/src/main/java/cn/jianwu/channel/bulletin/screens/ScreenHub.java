package cn.jianwu.channel.bulletin.screens;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.jianwu.channel.bulletin.agenda.AgendaPanel;
import cn.jianwu.channel.bulletin.agenda.TodaysAgenda;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The event streams of the screens connected to this instance. A screen is connected to
 * one instance at a time; changes made on another instance reach it through
 * {@link ScreenChangeFeed}, which reads them from the database.
 * <p>
 * On shutdown the streams are ended first: open streams would hold the web server's
 * graceful shutdown until it gives up, and the pages reconnect (to another instance, or
 * to this one once it is back) and get a fresh snapshot anyway.
 */
@Component
class ScreenHub implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ScreenHub.class);

	private final Map<String, List<ScreenConnection>> connections = new ConcurrentHashMap<>();

	private final ScreenItems items;

	private final ScreenPresence presence;

	private final ScreensProperties properties;

	private final TodaysAgenda agenda;

	private volatile boolean running;

	ScreenHub(ScreenItems items, ScreenPresence presence, ScreensProperties properties, TodaysAgenda agenda) {
		this.items = items;
		this.presence = presence;
		this.properties = properties;
		this.agenda = agenda;
	}

	/**
	 * Opens a stream for the screen and sends it everything it shows. The stream is
	 * registered before the snapshot is read, so no change falls between the two.
	 */
	SseEmitter connect(Screen screen) {
		SseEmitter emitter = new SseEmitter(this.properties.streamTimeout().toMillis());
		ScreenConnection connection = new ScreenConnection(screen, emitter);
		emitter.onCompletion(() -> remove(connection));
		emitter.onTimeout(() -> remove(connection));
		emitter.onError((ex) -> remove(connection));
		this.connections.computeIfAbsent(screen.id(), (id) -> new CopyOnWriteArrayList<>()).add(connection);
		try {
			this.presence.seen(List.of(screen.id()));
			sendSnapshot(connection, screen);
		}
		catch (RuntimeException ex) {
			remove(connection);
			throw ex;
		}
		log.info("Screen {} connected ({} stream(s) here)", screen.id(), this.connections.get(screen.id()).size());
		return emitter;
	}

	/**
	 * Passes a change on to the screens here that show it.
	 * @return the ids of the screens that got it
	 */
	Set<String> deliver(ScreenChange change) {
		Set<String> reached = new TreeSet<>();
		this.connections.forEach((screenId, open) -> {
			for (ScreenConnection connection : open) {
				boolean concerned = change.withdrawn() || connection.screen().shows(change.item().category());
				if (concerned && connection.deliver(change)) {
					reached.add(screenId);
				}
			}
		});
		return reached;
	}

	/**
	 * Today's agenda changed: every screen here shows it (each instance keeps and pushes
	 * its own copy of the agenda, so nothing needs to pass between instances).
	 */
	@EventListener
	void agendaChanged(AgendaPanel panel) {
		int reached = 0;
		for (List<ScreenConnection> open : this.connections.values()) {
			for (ScreenConnection connection : open) {
				if (connection.agenda(panel)) {
					reached++;
				}
			}
		}
		if (reached > 0) {
			log.info("Agenda pushed to {} screen stream(s)", reached);
		}
	}

	/** ADMIN changed the screen: its pages get a fresh snapshot with the new settings. */
	void reconfigure(Screen screen) {
		for (ScreenConnection connection : this.connections.getOrDefault(screen.id(), List.of())) {
			connection.holdBack();
			sendSnapshot(connection, screen);
		}
	}

	/** ADMIN removed the screen: its streams end (the page then finds it gone). */
	void disconnect(String screenId) {
		this.connections.getOrDefault(screenId, List.of()).forEach(ScreenConnection::close);
	}

	/**
	 * Pings every stream, which finds those that broke, and records the screens still
	 * connected as online.
	 */
	@Scheduled(fixedDelayString = "${jianwu.screens.heartbeat:15s}")
	void heartbeat() {
		Set<String> alive = new TreeSet<>();
		this.connections.forEach((screenId, open) -> {
			for (ScreenConnection connection : open) {
				if (connection.ping()) {
					alive.add(screenId);
				}
				else {
					remove(connection);
				}
			}
		});
		if (!alive.isEmpty()) {
			try {
				this.presence.seen(alive);
			}
			catch (RuntimeException ex) {
				log.warn("Presence of {} screen(s) not recorded, will try again: {}", alive.size(), ex.toString());
			}
		}
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		this.connections.values().forEach((open) -> open.forEach(ScreenConnection::close));
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	// Stopped before the web server's graceful shutdown, which waits for open requests.
	@Override
	public int getPhase() {
		return WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE + 1;
	}

	private void sendSnapshot(ScreenConnection connection, Screen screen) {
		long seq = this.items.latestSeq();
		List<ScreenItem> current = this.items.current(screen.categories(), this.properties.maxItems());
		if (!connection.start(screen, current, this.agenda.current(), seq)) {
			remove(connection);
		}
	}

	private void remove(ScreenConnection connection) {
		connection.closed();
		String screenId = connection.screen().id();
		List<ScreenConnection> open = this.connections.get(screenId);
		if (open != null && open.remove(connection)) {
			log.info("Screen {} disconnected", screenId);
			if (open.isEmpty()) {
				try {
					this.presence.left(screenId);
				}
				catch (RuntimeException ex) {
					log.warn("Screen {} not marked as away: {}", screenId, ex.toString());
				}
			}
		}
	}

}
