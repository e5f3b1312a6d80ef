# syntax=docker/dockerfile:1
# VirtDeck's container image. Build from the repository root:
#   docker build -t virtdeck:0.1.0 .

# ---- build: the Maven wrapper on a JDK, then Spring Boot's layers extracted ----------------------
# (extract writes lib/ into the layer folders and virtdeck.jar, a thin launcher jar, into application/)
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY src src
# Node 24 for Vaadin's frontend build: the web console (noVNC) and serial console (xterm.js) are
# custom components. It goes where Vaadin looks for its own Node (~/.vaadin/node-v24.21.0); with
# the committed src/main/bundles current, the build does not even start it.
RUN apt-get update && apt-get install -y --no-install-recommends curl xz-utils ca-certificates \
 && mkdir -p /root/.vaadin/node-v24.21.0 \
 && curl -fsSL https://nodejs.org/dist/v24.21.0/node-v24.21.0-linux-x64.tar.xz \
    | tar -xJ --strip-components=1 -C /root/.vaadin/node-v24.21.0 \
 && rm -rf /var/lib/apt/lists/*
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -DskipTests package \
 && java -Djarmode=tools -jar target/virtdeck.jar extract --layers --destination /extracted

# ---- runtime: a JRE and the application, as a non-root user -------------------------------------
FROM eclipse-temurin:25-jre
RUN groupadd --system --gid 10001 virtdeck \
 && useradd --system --uid 10001 --gid 10001 --no-create-home --shell /usr/sbin/nologin virtdeck
WORKDIR /app
# Least to most often changed, so that a rebuild usually replaces only the last layer.
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
# Heap follows the container's memory limit; /tmp may be the only writable folder. Compact object
# headers (JDK 25, JEP 519) shrink every cached object; compile thresholds five times the default
# leave code run only while starting to the interpreter, so the JIT compilers take less of the
# start, while hot code is still compiled. String deduplication lets the cached objects' many equal
# strings (namespaces, labels, conditions, images) share one array. Measured effects of both:
# docs/BENCHMARKS.md.
# (The Helm chart's javaOpts default to the same; the AOT cache below is made with them.)
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -XX:+UseCompactObjectHeaders -XX:CompileThresholdScaling=5 -XX:+UseStringDeduplication -Djava.io.tmpdir=/tmp"
# An AOT cache of the classes VirtDeck loads and links and of the profiles of the methods it runs
# (JDK 25, JEP 483/514/515): a training run starts VirtDeck on its embedded demo cluster seeded with
# 5,000 VMs, so that reading and indexing lists is profiled, and exits once it has started. Measured
# at 45,000 VMs (docs/BENCHMARKS.md), the cache saves about 4 s of start-up and the training on
# 5,000 VMs about 1 s more; a JVM with other options ignores it.
RUN java -XX:AOTCacheOutput=virtdeck.aot -Dspring.context.exit=onRefresh -jar virtdeck.jar \
      --server.port=0 --management.server.port=0 --virtdeck.demo.kubeconfig=/tmp/training.kubeconfig \
      --virtdeck.demo.scale=5000 \
 && rm -f /tmp/training.kubeconfig
USER 10001:10001
# 8080: the UI. 8081: health and metrics when MANAGEMENT_SERVER_PORT=8081 (the Helm chart sets it).
EXPOSE 8080 8081
ENTRYPOINT ["java", "-XX:AOTCache=virtdeck.aot", "-jar", "virtdeck.jar"]
