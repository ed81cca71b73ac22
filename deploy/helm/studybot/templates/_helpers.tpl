{{/* Resource names: <release>-studybot unless fullnameOverride is set. */}}
{{- define "studybot.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{ .Values.fullnameOverride }}
{{- else -}}
{{ .Release.Name }}-{{ .Chart.Name }}
{{- end -}}
{{- end -}}

{{- define "studybot.selectorLabels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "studybot.labels" -}}
{{ include "studybot.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version }}
{{- end -}}

{{/* The Secret the pods read credentials from: an existing one, or the chart's own. */}}
{{- define "studybot.secretName" -}}
{{- if .Values.secret.existingSecret -}}
{{ .Values.secret.existingSecret }}
{{- else -}}
{{ include "studybot.fullname" . }}
{{- end -}}
{{- end -}}

{{/* The image by digest when one is given (pinned), else by tag. */}}
{{- define "studybot.image" -}}
{{- if .Values.image.digest -}}
{{ .Values.image.repository }}@{{ .Values.image.digest }}
{{- else -}}
{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}
{{- end -}}
{{- end -}}

{{- define "studybot.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{ .Values.serviceAccount.name | default (include "studybot.fullname" .) }}
{{- else -}}
{{ .Values.serviceAccount.name | default "default" }}
{{- end -}}
{{- end -}}

{{/* Azure workload identity is on when asked for, or when the bot authenticates with it. */}}
{{- define "studybot.workloadIdentity" -}}
{{- if or .Values.workloadIdentity.enabled (eq .Values.bot.auth "WorkloadIdentity") -}}
true
{{- end -}}
{{- end -}}

{{/* Guides:BaseUrl: the value, else the public ingress host; Production refuses to start without one, so does the chart. */}}
{{- define "studybot.guidesBaseUrl" -}}
{{- if .Values.guides.baseUrl -}}
{{ .Values.guides.baseUrl }}
{{- else if .Values.ingress.enabled -}}
{{ printf "https://%s/guides/" .Values.ingress.host }}
{{- else -}}
{{ fail "guides.baseUrl is required (or ingress.enabled with ingress.host): guide links in replies must reach the learner" }}
{{- end -}}
{{- end -}}

{{/* One Ingress backend (flow style, so each path stays one readable block). */}}
{{- define "studybot.ingressBackend" -}}
{ service: { name: {{ include "studybot.fullname" . }}, port: { name: http } } }
{{- end -}}
