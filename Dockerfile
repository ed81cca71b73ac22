# StudyBot: multi-stage build (SDK → ASP.NET Core runtime), runs as the image's non-root "app" user on port 8080.
# Build:  docker build -t studybot .
# Run:    docker run -p 8080:8080 -e MicrosoftAppType=SingleTenant -e MicrosoftAppId=… -e MicrosoftAppPassword=… \
#           -e MicrosoftAppTenantId=… -e ConnectionStrings__Tables="DefaultEndpointsProtocol=https;…" studybot
# No HEALTHCHECK: the orchestrator probes GET /healthz (liveness) and GET /readyz (readiness).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files alone, so source edits reuse the cached package layer.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/StudyBot/StudyBot.csproj src/StudyBot/
RUN dotnet restore src/StudyBot/StudyBot.csproj
COPY appsettings.json ./
COPY src/ src/
RUN dotnet publish src/StudyBot/StudyBot.csproj -c Release --no-restore -o /app /p:UseAppHost=false

# The official Web Chat bundle for the optional browser page (WebChat:Enabled=true), from the locked npm version.
FROM node:20-bookworm-slim AS webchat
WORKDIR /web
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts --loglevel=error

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# StudyBot finds guides/ and dialogs/ beside its binary (contract); appsettings.json is the one settings file.
COPY guides/ guides/
COPY dialogs/ dialogs/
COPY appsettings.json ./
COPY --from=webchat /web/node_modules/botframework-webchat/dist/webchat.js node_modules/botframework-webchat/dist/webchat.js
# Production is ASP.NET Core's default: anonymous Bot Framework traffic (empty MicrosoftAppId) is refused there.
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
EXPOSE 8080
# The .NET images ship a non-root user; APP_UID is its numeric id (numeric so Kubernetes runAsNonRoot can verify it).
USER $APP_UID
ENTRYPOINT ["dotnet", "StudyBot.dll"]
