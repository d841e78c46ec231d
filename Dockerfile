# Build stage: the same command as the README's launcher uses.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -q -B dependency:go-offline
COPY src src
RUN mvn -q -B -DskipTests package

# Run stage: JRE 17, non-root, notes and config mountable, data a volume (index, database and the
# native libraries the embedding runtime unpacks).
FROM eclipse-temurin:17-jre
RUN useradd --system --create-home --home-dir /app studybot
WORKDIR /app
COPY --from=build /src/target/studybot.jar /app/studybot.jar
COPY content /app/content
COPY config /app/config
RUN mkdir -p /app/data && chown -R studybot /app
USER studybot
ENV DJL_CACHE_DIR=/app/data/cache/djl
VOLUME ["/app/data"]
# DISCORD_TOKEN comes from the environment (docker run -e DISCORD_TOKEN=...); never bake it in.
ENTRYPOINT ["java", "-jar", "/app/studybot.jar"]
