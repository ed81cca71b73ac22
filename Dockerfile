# StudyBot: multi-stage build (SDK → ASP.NET Core runtime), runs as the image's non-root "app" user on port 8080.
# Build:  docker build -t studybot .
# Run:    docker run -p 8080:8080 -e MicrosoftAppType=SingleTenant -e MicrosoftAppId=… -e MicrosoftAppPassword=… \
#           -e MicrosoftAppTenantId=… -e Guides__BaseUrl=https://<host>/guides/ \
#           -e ConnectionStrings__Tables="DefaultEndpointsProtocol=https;…" studybot
# No HEALTHCHECK: the orchestrator probes GET /healthz (liveness) and GET /readyz (readiness).
#
# Pinning: every base image is a build argument, so a release build pins each one by digest, e.g.
#   docker build --build-arg RUNTIME_IMAGE=mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra@sha256:<digest> …
# (`docker buildx imagetools inspect <image:tag>` prints the digest), and the chart deploys the result by digest
# (`image.digest`). docs/deploy.md: "Image".
ARG SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0
ARG NODE_IMAGE=node:22-bookworm-slim
# chiseled-extra: distroless (no shell, no package manager, non-root by default) but with ICU and time zone data,
# which StudyBot needs: cohorts run in Asia/Seoul and Korean text is compared and sorted with culture rules.
ARG RUNTIME_IMAGE=mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra

FROM ${SDK_IMAGE} AS build
ARG TARGETARCH
WORKDIR /src
# Restore first, from the project files alone, so source edits reuse the cached package layer.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/StudyBot/StudyBot.csproj src/StudyBot/
RUN rid=linux-$([ "$TARGETARCH" = arm64 ] && echo arm64 || echo x64) \
 && echo "$rid" > /rid \
 && dotnet restore src/StudyBot/StudyBot.csproj -r "$rid" -p:PublishReadyToRun=true
COPY appsettings.json ./
COPY src/ src/
# ReadyToRun: precompiled code for the first requests after a scale-out, instead of waiting for the JIT
# (docs/deploy.md: first 2,000 /help after start, with and without).
RUN dotnet publish src/StudyBot/StudyBot.csproj -c Release --no-restore -r "$(cat /rid)" --self-contained false \
      -p:PublishReadyToRun=true -p:UseAppHost=false -o /app

# The official Web Chat bundle for the optional browser page (WebChat:Enabled=true), from the locked npm version.
# Node 22 is the LTS line in support (node 20 reached its end of life).
FROM ${NODE_IMAGE} AS webchat
WORKDIR /web
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts --loglevel=error

FROM ${RUNTIME_IMAGE} AS runtime
WORKDIR /app
COPY --from=build /app ./
# StudyBot finds guides/ and dialogs/ beside its binary (contract); appsettings.json is the one settings file.
COPY guides/ guides/
COPY dialogs/ dialogs/
COPY appsettings.json ./
COPY --from=webchat /web/node_modules/botframework-webchat/dist/webchat.js node_modules/botframework-webchat/dist/webchat.js
# Production is ASP.NET Core's default: anonymous Bot Framework traffic (empty MicrosoftAppId) and a missing
# Guides:BaseUrl are refused there. Globalization stays on (ICU from the -extra image).
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
EXPOSE 8080
# The chiseled images run as the non-root "app" user (uid 1654); named numerically so Kubernetes runAsNonRoot can verify it.
USER 1654
ENTRYPOINT ["dotnet", "StudyBot.dll"]
